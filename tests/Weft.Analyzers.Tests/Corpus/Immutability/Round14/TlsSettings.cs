// A TLS terminator's settings, published to every worker: protocols, cipher suites and the certificate thumbprint
// per SNI host name. The SNI table is exposed as an IReadOnlyDictionary<string, string> over the Dictionary the loader
// built: a read-only view over a collection someone else can change (WEFT0001; the page names IReadOnlyList<T> and
// ReadOnlyCollection<T>, and the same reasoning is taken to hold for a dictionary view). The message is taken to name
// the member and the view type. The quiet twin stores an ImmutableDictionary.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Authentication;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Immutability.R14.TlsSettingsDefect;

[ThreadLocalSlot]
public sealed partial class TlsSettings
{
    public SslProtocols Protocols { get; init; } = SslProtocols.Tls12 | SslProtocols.Tls13;
    public ImmutableArray<string> CipherSuites { get; init; } = ImmutableArray<string>.Empty;
    public required IReadOnlyDictionary<string, string> ThumbprintBySni { get; init; } // expect: WEFT0001 "ThumbprintBySni" "IReadOnlyDictionary"
    public string? DefaultThumbprint { get; init; }

    public string? ThumbprintFor(string? sni) =>
        sni is not null && ThumbprintBySni.TryGetValue(sni.ToLowerInvariant(), out var thumbprint) ? thumbprint : DefaultThumbprint;
}

public static class TlsSettingsLoader
{
    public static Task LoadAsync(WorkerPool pool, IEnumerable<(string Host, string Thumbprint)> certificates, string? fallback)
    {
        var bySni = certificates
            .GroupBy(c => c.Host.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Thumbprint, StringComparer.Ordinal);

        return TlsSettings.PublishAsync(pool, new TlsSettings
        {
            CipherSuites = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"],
            ThumbprintBySni = bySni,
            DefaultThumbprint = fallback,
        });
    }
}
