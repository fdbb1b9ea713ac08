// WEFT0006: a per-worker type split into two partial declarations in one file: the static StringBuilder is declared in
// one, appended to from a member in the other (members of per-worker slot types are worker code, whichever part
// declares them; page: "a StringBuilder's Append").
using System.Text;
using Weft;

namespace Corpus.R17.StaticWrites.PartialSplitStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class AccessLog
{
    private static readonly StringBuilder s_lines = new();
    private int _count;
}

public partial class AccessLog
{
    public void Log(string line)
    {
        _count++;
        s_lines.AppendLine(line); // expect: WEFT0006
    }
}
