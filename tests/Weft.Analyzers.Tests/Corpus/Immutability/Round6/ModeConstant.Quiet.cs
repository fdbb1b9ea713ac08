// Quiet twin of ModeConstant: the constant names PerWorker, so the HashSet is each worker's own.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.ModeConstant;

public static partial class Config
{
    public const SlotMode Own = SlotMode.PerWorker;

    [ThreadLocalSlot(Mode = Own)]
    public sealed partial class Routes
    {
        public HashSet<string> Blocked { get; init; } = new();
    }
}
