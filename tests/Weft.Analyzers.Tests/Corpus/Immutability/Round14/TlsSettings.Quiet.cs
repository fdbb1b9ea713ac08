// Quiet twin of TlsSettings: the SNI table is an ImmutableDictionary<string, string>, so the published settings are
// deeply immutable.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Authentication;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Immutability.R14.TlsSettingsQuiet;

[ThreadLocalSlot]
public sealed partial class TlsSettings
{
    public SslProtocols Protocols { get; init; } = SslProtocols.Tls12 | SslProtocols.Tls13;
    public ImmutableArray<string> CipherSuites { get; init; } = ImmutableArray<string>.Empty;
    public required ImmutableDictionary<string, string> ThumbprintBySni { get; init; }
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
            .ToImmutableDictionary(g => g.Key, g => g.Last().Thumbprint, StringComparer.Ordinal);

        return TlsSettings.PublishAsync(pool, new TlsSettings
        {
            CipherSuites = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"],
            ThumbprintBySni = bySni,
            DefaultThumbprint = fallback,
        });
    }
}
