// Quiet twin of DowncastReadOnlyView: the deny list holds immutable collections; worker code that wants one more entry
// copies them into collections of its own (new List, new Dictionary) and writes those.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Round4.DowncastReadOnlyViewQuiet;

[ThreadLocalSlot]
public sealed partial class DenyList
{
    public ImmutableArray<string> Cidrs { get; init; } = ImmutableArray<string>.Empty;
    public ImmutableDictionary<string, int> Limits { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class DenyListPatch
{
    public static int Block(string cidr, string tenant)
    {
        var list = new List<string>(DenyList.Current.Cidrs);
        list.Add(cidr);
        var limits = new Dictionary<string, int>(DenyList.Current.Limits);
        limits[tenant] = 0;
        string[] array = DenyList.Current.Cidrs.ToArray();
        if (array.Length > 0)
        {
            array[0] = cidr;
        }

        return list.Count + limits.Count + array.Length;
    }
}
