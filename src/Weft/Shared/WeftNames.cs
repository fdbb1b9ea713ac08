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

    /// <summary>Value of <c>SlotMode.Snapshot</c>.</summary>
    public const int SlotModeSnapshot = 0;

    /// <summary>Value of <c>SlotMode.PerWorker</c>.</summary>
    public const int SlotModePerWorker = 1;

    public const string ModePropertyName = "Mode";
}
