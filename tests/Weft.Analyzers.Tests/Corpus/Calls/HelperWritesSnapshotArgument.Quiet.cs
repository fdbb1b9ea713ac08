// The helper writes a copy the caller made of the snapshot data.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Calls.SnapshotArgument;

[ThreadLocalSlot]
public sealed partial class Pipeline
{
    public ImmutableArray<string> Stages { get; init; }
}

public static class Stages
{
    private static void EnsureLogging(List<string> stages)
    {
        if (!stages.Contains("log"))
        {
            stages.Insert(0, "log");
        }
    }

    public static IReadOnlyList<string> ForThisRequest()
    {
        var stages = new List<string>(Pipeline.Current.Stages);
        EnsureLogging(stages);
        return stages;
    }
}
