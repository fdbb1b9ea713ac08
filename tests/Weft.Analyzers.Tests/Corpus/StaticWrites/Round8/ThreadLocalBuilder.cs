// WEFT0006: a static StringBuilder appended from a posted callback.
using System.Text;
using Weft.Threading;

namespace Corpus.StaticWrites.R8.ThreadLocalBuilder;

public static class LineFormatter
{
    private static readonly StringBuilder s_line = new();

    public static void Format(Dispatcher worker, string metric, long value) =>
        worker.Post(() =>
        {
            s_line.Append(metric).Append(' ').Append(value); // expect: WEFT0006
        });
}
