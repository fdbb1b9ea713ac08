// A request logger reads the shared route table into a local once and writes it from a local function that captures
// the local (a set of seen paths and a repeat counter on the table). The captured local is snapshot data (WEFT0003:
// "through locals"); the writes are in the local function's body, on the captured snapshot, so they are marked where
// they are written. The HashSet and the writable field are WEFT0001.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.LocalFunctionCapturesCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public HashSet<string> Seen { get; init; } = new(); // expect: WEFT0001
    public int Repeats; // expect: WEFT0001
}

public static class RequestLog
{
    public static void Record(IEnumerable<string> paths)
    {
        RouteTable table = RouteTable.Current;
        foreach (var path in paths)
        {
            Note(path);
        }

        void Note(string path)
        {
            if (!table.Seen.Add(path)) // expect: WEFT0003
            {
                table.Repeats++; // expect: WEFT0003
            }
        }
    }
}
