#!/usr/bin/env python3
"""The analyses of `albdoctor logs` in DuckDB, as an engineer would write them today: read_csv over
the ALB access and connection logs (space-delimited, quoted, all varchar), then SQL — orphan
redirects, TLS failures by code, connections whose conn_trace_id never reaches the access logs,
and target processing time percentiles. Prints one JSON document.

  duckdb_analyses.py ACCESS_GLOB [CONNECTION_GLOB] [WINDOW_SECONDS]
"""
import json
import sys

import duckdb

ACCESS = ["type", "time", "elb", "client_port", "target_port", "request_processing_time", "target_processing_time",
          "response_processing_time", "elb_status_code", "target_status_code", "received_bytes", "sent_bytes", "request",
          "user_agent", "ssl_cipher", "ssl_protocol", "target_group_arn", "trace_id", "domain_name", "chosen_cert_arn",
          "matched_rule_priority", "request_creation_time", "actions_executed", "redirect_url", "error_reason",
          "target_port_list", "target_status_code_list", "classification", "classification_reason", "conn_trace_id"]
CONNECTION = ["time", "client_ip", "client_port", "listener_port", "tls_protocol", "tls_cipher", "tls_handshake_latency",
              "leaf_client_cert_subject", "leaf_client_cert_validity", "leaf_client_cert_serial_number", "tls_verify_status",
              "conn_trace_id"]


def table(glob, columns):
    spec = "{" + ", ".join("'%s': 'VARCHAR'" % c for c in columns) + "}"
    return ("read_csv('%s', delim=' ', quote='\"', escape='\\', header=false, columns=%s, "
            "null_padding=true, ignore_errors=true, auto_detect=false)") % (glob, spec)


access_glob = sys.argv[1]
connection_glob = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != "-" else None
window = int(sys.argv[3]) if len(sys.argv) > 3 else 180
con = duckdb.connect()
# Each log is read once into a table of the columns the analyses use, as a careful engineer would.
con.execute("""CREATE TEMP TABLE access AS SELECT type, time, client_port, elb_status_code, actions_executed, redirect_url,
                                                   target_processing_time, conn_trace_id FROM %s""" % table(access_glob, ACCESS))
result = {}
result["orphans"] = [list(row) for row in con.execute("""
    WITH redirects AS (
        SELECT split_part(client_port, ':', 1) AS client, CAST(time AS TIMESTAMP) AS t FROM access
        WHERE elb_status_code IN ('301', '302', '307', '308') AND actions_executed LIKE '%%redirect%%' AND redirect_url LIKE 'https%%'
    ),
    arrivals AS (
        SELECT split_part(client_port, ':', 1) AS client, CAST(time AS TIMESTAMP) AS t FROM access WHERE type IN ('https', 'h2', 'wss', 'grpcs')
    )
    SELECT r.client, strftime(r.t, '%%Y-%%m-%%dT%%H:%%M:%%S.%%fZ') FROM redirects r
    WHERE NOT EXISTS (SELECT 1 FROM arrivals a WHERE a.client = r.client AND a.t BETWEEN r.t - INTERVAL 1 SECOND AND r.t + INTERVAL (%d) SECOND)
    ORDER BY 2, 1
""" % window).fetchall()]
percentiles = con.execute("""
    SELECT quantile_disc(ms, 0.5), quantile_disc(ms, 0.9), quantile_disc(ms, 0.99) FROM (
        SELECT CAST(target_processing_time AS DOUBLE) * 1000 AS ms FROM access WHERE target_processing_time <> '-1'
    )
""").fetchone()
result["targetProcessingMilliseconds"] = {"p50": percentiles[0], "p90": percentiles[1], "p99": percentiles[2]}
if connection_glob:
    con.execute("CREATE TEMP TABLE connection AS SELECT tls_verify_status, conn_trace_id FROM %s" % table(connection_glob, CONNECTION))
    result["tlsFailuresByCode"] = dict(con.execute(
        "SELECT tls_verify_status, count(*) FROM connection WHERE tls_verify_status LIKE 'Failed%' GROUP BY 1").fetchall())
    result["connections"] = con.execute("SELECT count(*) FROM connection").fetchone()[0]
    result["connectionsWithoutRequest"] = con.execute("""
        SELECT count(*) FROM connection c
        WHERE c.conn_trace_id <> '-' AND NOT EXISTS (SELECT 1 FROM access a WHERE a.conn_trace_id = c.conn_trace_id)
    """).fetchone()[0]
print(json.dumps(result))
