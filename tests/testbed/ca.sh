# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# The testbed's throwaway CA, sourced by testbed.sh. Made fresh at every `up`:
# nothing here is ever committed. Root -> intermediate -> leaf; clients trust only the
# root (ca.pem), so a server that leaves out the intermediate fails verification.

# openssl with SAN set: ca.cnf refers to $ENV::SAN, and openssl refuses a config with an
# unset variable even where the section using it is not used.
ossl() {
    SAN=${SAN:-DNS:unused} openssl "$@"
}

# ca_init DIR: root and intermediate CA in DIR.
ca_init() {
    local dir=$1
    mkdir -p "$dir/newcerts"
    : >"$dir/index.txt"
    openssl rand -hex 16 >"$dir/serial"
    cat >"$dir/ca.cnf" <<EOF
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = unused
[ ca ]
default_ca = intermediate
[ intermediate ]
dir = $dir
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
certificate = \$dir/intermediate.crt
private_key = \$dir/intermediate.key
default_md = sha256
default_days = 365
policy = policy_any
unique_subject = no
email_in_dn = no
[ root ]
dir = $dir
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
certificate = \$dir/root.crt
private_key = \$dir/root.key
default_md = sha256
default_days = 1825
policy = policy_any
unique_subject = no
email_in_dn = no
[ policy_any ]
organizationName = optional
commonName = supplied
[ ext_root ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ ext_intermediate ]
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ ext_leaf ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = \$ENV::SAN
[ ext_self ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = \$ENV::SAN
EOF
    {
        ossl req -config "$dir/ca.cnf" -x509 -new -newkey rsa:2048 -nodes -sha256 -days 1825 \
            -keyout "$dir/root.key" -out "$dir/root.crt" -extensions ext_root \
            -subj "/O=StsScope testbed/CN=StsScope Testbed Root CA"
        ossl req -config "$dir/ca.cnf" -new -newkey rsa:2048 -nodes \
            -keyout "$dir/intermediate.key" -out "$dir/intermediate.csr" \
            -subj "/O=StsScope testbed/CN=StsScope Testbed Intermediate CA"
        ossl ca -config "$dir/ca.cnf" -name root -batch -notext -extensions ext_intermediate \
            -in "$dir/intermediate.csr" -out "$dir/intermediate.crt"
    } 2>>"$dir/openssl.log"
}

# ca_days OFFSET: an openssl ca date OFFSET days from now (negative: in the past).
ca_days() {
    date -u -d "$1 days" +%Y%m%d%H%M%SZ
}

# ca_leaf CADIR OUT KIND KEYTYPE SANS
# Writes OUT.key, OUT.crt and OUT.chain.pem (what the server presents: the leaf and,
# unless KIND says otherwise, the intermediate).
# KIND: valid | wildcard | wrong-name | expired | future | self-signed | no-chain | weak |
#   self-signed-expired-wrong-name (only DANE-EE accepts it: SANS is then another name) |
#   short (valid, but only for $CA_SHORT_DAYS days from now, default 3: it expires soon)
# Called a hundred times per `up`: one openssl run per certificate where possible.
ca_leaf() {
    local dir=$1 out=$2 kind=$3 keytype=$4 sans=$5 md=-sha256 days=365
    local ext=ext_leaf
    local -a newkey=() signer=()
    local san="DNS:${sans//,/,DNS:}"
    case $keytype in
        ec) newkey=(-newkey ec -pkeyopt ec_paramgen_curve:P-256) ;;
        rsa2048) newkey=(-newkey rsa:2048) ;;
        rsa1024) newkey=(-newkey rsa:1024) ;;
        *) echo "ca_leaf: unknown key type $keytype" >&2; return 1 ;;
    esac
    [[ $kind == weak ]] && md=-sha1
    [[ $kind == short ]] && days=${CA_SHORT_DAYS:-3}
    if [[ $kind == self-signed* ]]; then
        ext=ext_self
    else
        signer=(-CA "$dir/intermediate.crt" -CAkey "$dir/intermediate.key")
    fi
    umask 077
    case $kind in
        expired | future)
            # only openssl ca sets a start date; its database takes one writer at a time
            ossl req -config "$dir/ca.cnf" -new "${newkey[@]}" -nodes -keyout "$out.key" -out "$out.csr" \
                -subj "/CN=${sans%%,*}" 2>>"$out.log"
            local from=-400 to=-30
            [[ $kind == future ]] && from=30 to=400
            SAN=$san flock "$dir/ca.lock" openssl ca -config "$dir/ca.cnf" -batch -notext -extensions ext_leaf \
                -startdate "$(ca_days $from)" -enddate "$(ca_days $to)" -in "$out.csr" -out "$out.crt" 2>>"$out.log"
            ;;
        self-signed-expired-wrong-name)
            # openssl ca -selfsign: signed with its own key, and a start date in the past
            ossl req -config "$dir/ca.cnf" -new "${newkey[@]}" -nodes -keyout "$out.key" -out "$out.csr" \
                -subj "/CN=${sans%%,*}" 2>>"$out.log"
            SAN=$san flock "$dir/ca.lock" openssl ca -config "$dir/ca.cnf" -batch -notext -selfsign \
                -keyfile "$out.key" -extensions ext_self -startdate "$(ca_days -400)" -enddate "$(ca_days -30)" \
                -in "$out.csr" -out "$out.crt" 2>>"$out.log"
            ;;
        *)
            SAN=$san ossl req -config "$dir/ca.cnf" -x509 -new "${newkey[@]}" -nodes "$md" -days "$days" \
                -keyout "$out.key" -out "$out.crt" "${signer[@]}" -extensions "$ext" \
                -set_serial "$(printf '0x%08x%08x%08x' "$SRANDOM" "$SRANDOM" "$SRANDOM")" \
                -subj "/CN=${sans%%,*}" 2>>"$out.log"
            ;;
    esac
    case $kind in
        self-signed* | no-chain) printf '%s\n' "$(<"$out.crt")" >"$out.chain.pem" ;;
        *) printf '%s\n%s\n' "$(<"$out.crt")" "$(<"$dir/intermediate.crt")" >"$out.chain.pem" ;;
    esac
}
