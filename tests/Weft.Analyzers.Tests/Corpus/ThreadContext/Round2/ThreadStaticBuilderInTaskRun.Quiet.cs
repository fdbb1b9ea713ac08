// Round 2. A [ThreadStatic] StringBuilder used inside Task.Run belongs to the pool thread running it: no state is
// shared, nothing is reported.
using System;
using System.Text;
using System.Threading.Tasks;

namespace Corpus.ThreadContext.Round2.ThreadStaticBuilder;

public static class Formatter
{
    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static Task<string> FormatAsync(string name, int value) => Task.Run(() =>
    {
        var builder = t_builder ??= new StringBuilder();
        builder.Clear();
        builder.Append(name).Append('=').Append(value);
        return builder.ToString();
    });
}
