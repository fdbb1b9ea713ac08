// Code posted to each worker reads its Current and copies what it needs.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.Posted;

[ThreadLocalSlot]
public sealed partial class Tags
{
    public ImmutableArray<string> Values { get; init; } = ImmutableArray<string>.Empty;
}

public static class Tagger
{
    public static void TagAll(WorkerPool pool, string tag)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                var tags = new List<string>(Tags.Current.Values) { tag };
                System.Console.WriteLine(string.Join(",", tags));
            });
        }
    }
}
