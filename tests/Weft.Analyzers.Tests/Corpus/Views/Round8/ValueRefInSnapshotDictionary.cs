// WEFT0003: CollectionsMarshal.GetValueRefOrNullRef into a snapshot's dictionary, written through the ref.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.R8.ValueRefInSnapshotDictionary;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class DnsTtls
{
    public Dictionary<string, int> Ttl { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Ttls
{
    public static void Expire(string host)
    {
        ref int ttl = ref CollectionsMarshal.GetValueRefOrNullRef(DnsTtls.Current.Ttl, host);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref ttl))
        {
            ttl = 0; // expect: WEFT0003
        }
    }
}
