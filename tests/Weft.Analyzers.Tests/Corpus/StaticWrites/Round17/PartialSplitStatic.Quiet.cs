// Quiet twin of PartialSplitStatic: the builder is [ThreadStatic] (page WEFT0004: "A [ThreadStatic] field belongs to its
// thread and is never shared state"), made lazily on each thread.
using System;
using System.Text;
using Weft;

namespace Corpus.R17.StaticWrites.PartialSplitStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class AccessLog
{
    [ThreadStatic] private static StringBuilder? t_lines;
    private int _count;
}

public partial class AccessLog
{
    public void Log(string line)
    {
        _count++;
        (t_lines ??= new StringBuilder()).AppendLine(line);
    }
}
