// WEFT0001: a [ThreadLocalSlot] snapshot type held by another one "is judged by its members like any type: a snapshot
// holding a mutable snapshot type is mutable too". Both are reported: the inner type on its settable property, the
// outer one on the member that holds it.
using Weft;

namespace Corpus.Immutability.R9.HeldSnapshotMutable;

[ThreadLocalSlot]
public sealed partial class TlsSettings
{
    public string CipherSuite { get; set; } = "TLS_AES_128_GCM_SHA256"; // expect: WEFT0001 "CipherSuite"
}

[ThreadLocalSlot]
public sealed partial class ListenerSettings
{
    public int Port { get; init; } = 443;

    public TlsSettings Tls { get; init; } = new(); // expect: WEFT0001 "Tls"
}
