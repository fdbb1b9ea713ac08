// Twin: the value is read into a local.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.R8.ValueRefInSnapshotDictionaryQuiet;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class DnsTtls
{
    public Dictionary<string, int> Ttl { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Ttls
{
    public static int Expire(string host)
    {
        var ttl = DnsTtls.Current.Ttl.GetValueOrDefault(host);
        ttl = 0;
        return ttl;
    }
}
