#!/usr/bin/env python3
"""The orphan-redirect analysis in DuckDB, as an engineer would write it today: read_csv over the
ALB access logs (space-delimited, quoted, all varchar), then SQL. Prints one 'client time' line
per orphan (time as ISO 8601 with microseconds, like albdoctor's JSON).

  duckdb_orphans.py GLOB [WINDOW_SECONDS]
"""
import sys

import duckdb

COLUMNS = ["type", "time", "elb", "client_port", "target_port", "request_processing_time", "target_processing_time",
           "response_processing_time", "elb_status_code", "target_status_code", "received_bytes", "sent_bytes", "request",
           "user_agent", "ssl_cipher", "ssl_protocol", "target_group_arn", "trace_id", "domain_name", "chosen_cert_arn",
           "matched_rule_priority", "request_creation_time", "actions_executed", "redirect_url", "error_reason",
           "target_port_list", "target_status_code_list", "classification", "classification_reason", "conn_trace_id"]

glob = sys.argv[1]
window = int(sys.argv[2]) if len(sys.argv) > 2 else 180
con = duckdb.connect()
columns = "{" + ", ".join("'%s': 'VARCHAR'" % c for c in COLUMNS) + "}"
rows = con.execute("""
    WITH logs AS (
        SELECT * FROM read_csv('%s', delim=' ', quote='"', escape='\\', header=false, columns=%s,
                               null_padding=true, ignore_errors=true, auto_detect=false)
    ),
    redirects AS (
        SELECT split_part(client_port, ':', 1) AS client, CAST(time AS TIMESTAMP) AS t
        FROM logs
        WHERE elb_status_code IN ('301', '302', '307', '308') AND actions_executed LIKE '%%redirect%%' AND redirect_url LIKE 'https%%'
    ),
    arrivals AS (
        SELECT split_part(client_port, ':', 1) AS client, CAST(time AS TIMESTAMP) AS t
        FROM logs WHERE type IN ('https', 'h2', 'wss', 'grpcs')
    )
    SELECT r.client, strftime(r.t, '%%Y-%%m-%%dT%%H:%%M:%%S.%%fZ') FROM redirects r
    WHERE NOT EXISTS (
        SELECT 1 FROM arrivals a WHERE a.client = r.client AND a.t BETWEEN r.t - INTERVAL 1 SECOND AND r.t + INTERVAL (%d) SECOND
    )
    ORDER BY 2, 1
""" % (glob, columns, window)).fetchall()
for client, time in rows:
    print(client, time)
