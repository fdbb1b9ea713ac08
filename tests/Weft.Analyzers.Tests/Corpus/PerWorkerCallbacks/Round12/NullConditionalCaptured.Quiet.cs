// C# 14 null-conditional assignment moved to the completion callback, which runs once on main.
using Weft.Slots;

namespace Corpus.R12.NullConditionalCapturedQuiet;

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
        slot.RunOnAllThreads(id => _ = id.Name.Length, () => report?.LastWorker = "all");
}
