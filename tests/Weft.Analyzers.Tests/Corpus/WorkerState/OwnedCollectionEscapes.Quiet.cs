// The chunks are copied into an array on the worker; the thread gets the copy.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.Owned;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PendingWrites
{
    public List<byte[]> Chunks { get; } = new();
}

public static class Spiller
{
    public static void SpillToDisk(string path)
    {
        List<byte[]> chunks = PendingWrites.Current.Chunks;
        int[] lengths = chunks.ConvertAll(c => c.Length).ToArray();
        chunks.Clear();
        var thread = new Thread(() =>
        {
            foreach (int length in lengths)
            {
                System.IO.File.AppendAllText(path, length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        thread.Start();
    }
}
