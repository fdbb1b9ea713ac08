// Code posted to each worker reads its Current and then edits it.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.Posted;

[ThreadLocalSlot]
public sealed partial class Tags
{
    public List<string> Values { get; init; } = new(); // expect: WEFT0001
}

public static class Tagger
{
    public static void TagAll(WorkerPool pool, string tag)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                var tags = Tags.Current;
                tags.Values.Add(tag); // expect: WEFT0003
            });
        }
    }
}
