using Weft;

namespace Corpus.SlotUsage.Static;

public static class Defaults { public const int Port = 80; }

[ThreadLocalSlot] public sealed partial class Ports { public int Http { get; init; } = Defaults.Port; }
