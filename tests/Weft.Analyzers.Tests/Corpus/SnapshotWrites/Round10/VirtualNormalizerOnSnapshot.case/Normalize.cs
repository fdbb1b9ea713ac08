// An abstract normalizer whose override sorts its argument in place, given the snapshot's Names
// through the base type. #escape: the page leaves open whether the call or the write inside is reported.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.SnapshotWrites.Round10.VirtualNormalizerOnSnapshot;

public abstract class Normalizer
{
    public abstract IReadOnlyList<string> Normalize(List<string> names);
}

public sealed class SortingNormalizer : Normalizer
{
    public override IReadOnlyList<string> Normalize(List<string> names)
    {
        names.Sort(StringComparer.Ordinal); // expect: WEFT0003 #escape
        return names;
    }
}

public static class Listing
{
    public static string First()
    {
        Normalizer normalizer = new SortingNormalizer();
        return normalizer.Normalize(Shared.Catalog.Names)[0]; // expect: WEFT0003 #escape
    }
}
