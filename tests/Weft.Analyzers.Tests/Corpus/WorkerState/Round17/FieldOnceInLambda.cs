// WEFT0004: inside a per-worker type, one Task.Run lambda uses its field twice. Page: "A field a lambda run on another
// thread uses counts as one of its captures: reported once there, at its first use (_buffer.ToArray() … _buffer.Clear()
// in one Task.Run lambda is one report)". The second field (_sent) is a variable of its own: a second report.
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
        return Task.Run(() =>
        {
            string[] lines = _buffer.ToArray(); // expect: WEFT0004
            _buffer.Clear();
            foreach (var l in lines) sink.WriteLine(l);
            _sent.Add(lines.Length); // expect: WEFT0004
        });
    }
}
