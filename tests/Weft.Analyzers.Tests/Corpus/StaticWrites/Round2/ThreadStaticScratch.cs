// Round 2. A lazily created static scratch list, filled by every worker's update at once: the `??=` and the Add both
// race (one report for the line).
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.Round2.Scratch;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Tokenizer
{
    private static List<string>? s_scratch;

    [WorkerUpdate]
    public void Warm(string token)
    {
        (s_scratch ??= new List<string>()).Add(token); // expect: WEFT0006
    }
}
