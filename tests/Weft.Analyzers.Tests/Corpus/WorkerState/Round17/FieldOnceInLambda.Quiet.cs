// Quiet twin of FieldOnceInLambda: the copy and the clear happen on the loop; only the copied array goes to the pool,
// and the sent count is recorded on the loop.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.FieldOnceInLambda;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class LineBuffer
{
    private readonly List<string> _buffer = new();
    private readonly List<int> _sent = new();

    public Task FlushAsync(System.IO.TextWriter sink)
    {
        string[] lines = _buffer.ToArray();
        _buffer.Clear();
        _sent.Add(lines.Length);
        return Task.Run(() =>
        {
            foreach (var l in lines) sink.WriteLine(l);
        });
    }
}
