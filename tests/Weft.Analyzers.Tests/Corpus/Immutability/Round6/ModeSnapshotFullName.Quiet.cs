// Quiet twin of ModeSnapshotFullName: the same type in per-worker mode (each worker owns its instance; WEFT0001 is
// about snapshot types only).
namespace Corpus6a.ModeSnapshotFullName.Edge.Config.V3;

[global::Weft.ThreadLocalSlotAttribute(Mode = global::Weft.SlotMode.PerWorker)]
public sealed partial class Listener
{
    public int Port { get; set; }
}
