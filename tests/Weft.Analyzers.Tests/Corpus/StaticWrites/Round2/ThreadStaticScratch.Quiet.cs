// Round 2. The same scratch list marked [ThreadStatic]: each worker has its own.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.Round2.Scratch;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Tokenizer
{
    [ThreadStatic]
    private static List<string>? t_scratch;

    [WorkerUpdate]
    public void Warm(string token)
    {
        (t_scratch ??= new List<string>()).Add(token);
    }
}
