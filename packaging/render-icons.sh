#!/usr/bin/env bash
# Renders the application icon's PNG sizes for the hicolor theme from its SVG. The PNGs are committed, so building
# and packaging need no SVG renderer; run this (needs rsvg-convert, Debian package librsvg2-bin) after changing the SVG.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
id=io.github.konnect_audit_webhook.KonnectAuditWebhook
svg="$root/resources/icons/app/$id.svg"

for size in 16 22 24 32 48 64 128 256; do
    dir="$root/resources/icons/app/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --output "$dir/$id.png" "$svg"
done
