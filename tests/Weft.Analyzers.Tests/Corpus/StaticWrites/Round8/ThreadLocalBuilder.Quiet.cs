// Twin: a ThreadLocal<StringBuilder>: each thread appends to its own builder.
using System.Text;
using System.Threading;
using Weft.Threading;

namespace Corpus.StaticWrites.R8.ThreadLocalBuilderQuiet;

public static class LineFormatter
{
    private static readonly ThreadLocal<StringBuilder> s_line = new(() => new StringBuilder());

    public static void Format(Dispatcher worker, string metric, long value) =>
        worker.Post(() =>
        {
            s_line.Value!.Append(metric).Append(' ').Append(value);
        });
}
