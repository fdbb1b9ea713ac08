// Quiet twin of PrimaryConstructorCapture: one snapshot captures an ImmutableArray parameter (immutable state, never
// reassigned); another takes a `string[]` parameter but only uses it in a property initializer that copies it, so the
// array is not captured at all.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.PrimaryConstructorCaptureQuiet;

[ThreadLocalSlot]
public sealed partial class BackendList(ImmutableArray<string> hosts)
{
    public int Count => hosts.Length;

    public string this[int index] => hosts[index];
}

[ThreadLocalSlot]
public sealed partial class BackendNames(string[] hosts)
{
    public ImmutableArray<string> Hosts { get; } = ImmutableArray.Create(hosts);
}
