// Round 2. The worker's per-worker builder (not a [ThreadStatic]) is used inside Task.Run: the pool thread writes the
// worker's object. Report place: the capture or any use inside the lambda (group).
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.ThreadStaticBuilder;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    public StringBuilder Builder { get; } = new();
}

public static class Formatter
{
    public static Task<string> FormatAsync(string name, int value)
    {
        var builder = Scratch.Current.Builder;
        return Task.Run(() => // expect: WEFT0004 #use
        {
            builder.Clear(); // expect: WEFT0004 #use
            builder.Append(name).Append('=').Append(value); // expect: WEFT0004 #use
            return builder.ToString(); // expect: WEFT0004 #use
        });
    }
}
