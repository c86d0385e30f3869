a = <<-EOT
  %{ for k, v in m ~}
  ${k}=${v}
  %{ endfor }
  EOT
b = [for x in y : x.z if x != null]
c = {for k, v in m : v => k...}
d = x[*].y[0]
e = f(a, b...)
