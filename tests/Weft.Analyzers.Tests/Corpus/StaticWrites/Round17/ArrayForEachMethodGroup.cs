// WEFT0006: a static List's Add handed as a method group to Array.ForEach (which runs it in place) from a [WorkerUpdate].
// Page: "a static collection's mutator handed as a method group to a call that runs it in place (best.ForEach(s_scores.Add))".
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.ArrayForEachMethodGroup;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Leaderboard
{
    private static readonly List<string> s_winners = new();
    private readonly List<string> _local = new();

    [WorkerUpdate]
    public void Close(string[] winners)
    {
        _local.AddRange(winners);
        Array.ForEach(winners, s_winners.Add); // expect: WEFT0006
    }
}
