#!/bin/sh
# The container stack's credentials, generated once into the `keys` volume (as ./paybridge does in
# .paybridge/): Paybridge's merchant key pair and API password at psp-sandbox, the sandbox's signing
# key and its public half, and the development JWT key pair. Nothing of it is in the repository.
set -eu
umask 077
cd /keys
mkdir -p merchant psp-sandbox jwt

keypair() { # PKCS#8 private key and its public half, unless they exist
  if [ ! -s "$1/$2" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1/$2"
    openssl pkey -in "$1/$2" -pubout -out "$1/public.pem"
  fi
}

keypair merchant private.pem
keypair psp-sandbox signing-key.pem
keypair jwt private.pem
[ -s merchant/password ] || openssl rand -hex 24 | tr -d '\n' >merchant/password

# Every service runs as uid 10001 (deploy/docker/*.Dockerfile); only it reads the keys.
chown -R 10001:10001 /keys
chmod 700 merchant psp-sandbox jwt
chmod 600 merchant/* psp-sandbox/* jwt/*
echo "keys ready in the keys volume"
