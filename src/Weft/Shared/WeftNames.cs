// Linked into the runtime, the generator and the analyzers: the one place these names are spelled.
namespace Weft;

/// <summary>Metadata names and diagnostic IDs shared by the runtime, the source generator and the analyzers.</summary>
internal static class WeftNames
{
    public const string ThreadLocalSlotAttribute = "Weft.ThreadLocalSlotAttribute";
    public const string WorkerUpdateAttribute = "Weft.WorkerUpdateAttribute";
    public const string SlotMode = "Weft.SlotMode";
    public const string WorkerPool = "Weft.WorkerPool";
    public const string Dispatcher = "Weft.Threading.Dispatcher";
    public const string Slot = "Weft.Slots.Slot`1";

    // Thread-role attributes (src/Weft/ThreadRoleAttributes.cs): what the analyzers read instead of API names.
    public const string PublishedAttribute = "Weft.PublishedAttribute";
    public const string RunsOnEveryWorkerAttribute = "Weft.RunsOnEveryWorkerAttribute";
    public const string PerWorkerFactoryAttribute = "Weft.PerWorkerFactoryAttribute";
    public const string RunsOnMainAttribute = "Weft.RunsOnMainAttribute";
    public const string RunsOnAnotherThreadAttribute = "Weft.RunsOnAnotherThreadAttribute";
    public const string RunsOnOwningLoopAttribute = "Weft.RunsOnOwningLoopAttribute";
    public const string RunsOnChosenLoopAttribute = "Weft.RunsOnChosenLoopAttribute";
    public const string SharedSnapshotAttribute = "Weft.SharedSnapshotAttribute";
    public const string WorkerOwnedAttribute = "Weft.WorkerOwnedAttribute";
    public const string RequiresLoopThreadAttribute = "Weft.RequiresLoopThreadAttribute";
    public const string CallingThreadLoopAttribute = "Weft.CallingThreadLoopAttribute";
    public const string RunsLoopOnCallingThreadAttribute = "Weft.RunsLoopOnCallingThreadAttribute";
    public const string PassedToCallbackAttribute = "Weft.PassedToCallbackAttribute";

    /// <summary>Value of <c>SlotMode.Snapshot</c>.</summary>
    public const int SlotModeSnapshot = 0;

    /// <summary>Value of <c>SlotMode.PerWorker</c>.</summary>
    public const int SlotModePerWorker = 1;

    public const string ModePropertyName = "Mode";
}
