// C# 14 null-conditional assignment to a captured report object inside an update run on every worker.
using Weft.Slots;

namespace Corpus.R12.NullConditionalCaptured;

public sealed class Report
{
    public string? LastWorker { get; set; }
}

public sealed class Identity
{
    public string Name { get; } = "w";
}

public static class Roll
{
    public static void Call(Slot<Identity> slot, Report? report) =>
        slot.RunOnAllThreads(id => report?.LastWorker = id.Name, () => { }); // expect: WEFT0008
}
