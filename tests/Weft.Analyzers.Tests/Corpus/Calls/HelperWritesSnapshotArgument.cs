// Snapshot data passed to a helper that writes its parameter.
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.SnapshotArgument;

[ThreadLocalSlot]
public sealed partial class Pipeline
{
    public List<string> Stages { get; init; } = new(); // expect: WEFT0001
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
        EnsureLogging(Pipeline.Current.Stages); // expect: WEFT0003
        return Pipeline.Current.Stages;
    }
}
