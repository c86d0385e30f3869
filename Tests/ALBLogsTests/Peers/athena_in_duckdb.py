#!/usr/bin/env python3
"""Runs albdoctor's --athena-sql output in DuckDB over local log files, with tables shaped like
AWS's documented Athena tables (alb_access_logs, alb_connection_logs) and Presto's
from_iso8601_timestamp defined as a macro. Prints the orphan query's rows as 'client time'.

  athena_in_duckdb.py SQL_FILE ACCESS_GLOB
"""
import sys

import duckdb

sql_file, glob = sys.argv[1], sys.argv[2]
raw = ["type", "time", "elb", "client_port", "target_port", "request_processing_time", "target_processing_time",
       "response_processing_time", "elb_status_code", "target_status_code", "received_bytes", "sent_bytes", "request",
       "user_agent", "ssl_cipher", "ssl_protocol", "target_group_arn", "trace_id", "domain_name", "chosen_cert_arn",
       "matched_rule_priority", "request_creation_time", "actions_executed", "redirect_url", "lambda_error_reason",
       "target_port_list", "target_status_code_list", "classification", "classification_reason", "conn_trace_id"]
con = duckdb.connect()
con.execute("CREATE MACRO from_iso8601_timestamp(x) AS CAST(x AS TIMESTAMPTZ)")
columns = "{" + ", ".join("'%s': 'VARCHAR'" % c for c in raw) + "}"
con.execute("""
    CREATE VIEW alb_access_logs AS
    SELECT type, time, elb, split_part(client_port, ':', 1) AS client_ip, CAST(split_part(client_port, ':', 2) AS INTEGER) AS client_port,
           CAST(elb_status_code AS INTEGER) AS elb_status_code, request, user_agent, actions_executed, redirect_url, conn_trace_id
    FROM read_csv('%s', delim=' ', quote='"', escape='\\', header=false, columns=%s, null_padding=true, auto_detect=false)
""" % (glob, columns))
con.execute("""
    CREATE TABLE alb_connection_logs (time VARCHAR, client_ip VARCHAR, client_port INTEGER, listener_port INTEGER, tls_protocol VARCHAR,
        tls_cipher VARCHAR, tls_handshake_latency DOUBLE, leaf_client_cert_subject VARCHAR, leaf_client_cert_validity VARCHAR,
        leaf_client_cert_serial_number VARCHAR, tls_verify_status VARCHAR, conn_trace_id VARCHAR)
""")
con.execute("INSERT INTO alb_connection_logs VALUES ('2025-12-25T23:45:50Z', '119.21.1.1', 1, 443, 'TLSv1.3', 'c', 0.1, '-', '-', '-', 'Failed:ClientCertUntrusted', 'TID_x')")
statements = [s.strip() for s in open(sql_file).read().split(";") if s.strip() and not all(l.strip().startswith("--") or not l.strip() for l in s.splitlines())]
results = [con.execute(statement).fetchall() for statement in statements]
for client, time, *_ in results[0]:
    print(client, time.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
print("statements", len(statements), "tls", results[1], "silent", results[2], file=sys.stderr)
