// WEFT0001 with the mode written explicitly as `global::Weft.SlotMode.Snapshot` on
// `[global::Weft.ThreadLocalSlotAttribute]`, in a deep namespace.
namespace Corpus6a.ModeSnapshotFullName.Edge.Config.V3;

[global::Weft.ThreadLocalSlotAttribute(Mode = global::Weft.SlotMode.Snapshot)]
public sealed partial class Listener
{
    public int Port { get; set; } // expect: WEFT0001 "Port"
}
