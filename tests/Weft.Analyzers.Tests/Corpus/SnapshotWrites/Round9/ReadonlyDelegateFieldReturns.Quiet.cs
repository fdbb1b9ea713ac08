// WEFT0003: "through what a helper's lambda or a read-only delegate field returns". A static read-only selector hands
// back the snapshot's own list; writing what it returned writes the shared snapshot (WEFT0001 silenced on purpose).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R9.ReadonlyDelegateFieldReturns;

[ThreadLocalSlot]
public sealed partial class Blocklist
{
#pragma warning disable WEFT0001
    public List<string> Cidrs { get; init; } = new();
#pragma warning restore WEFT0001
}

public static class BlocklistView
{
    private static readonly Func<Blocklist, List<string>> SelectCidrs = b => new List<string>(b.Cidrs);

    public static int Normalize()
    {
        List<string> cidrs = SelectCidrs(Blocklist.Current);
        cidrs.RemoveAll(c => c.Length == 0);
        return cidrs.Count;
    }
}
