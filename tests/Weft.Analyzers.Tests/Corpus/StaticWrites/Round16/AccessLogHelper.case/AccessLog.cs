// Two files: a public static access-log helper (here) appends to a static StringBuilder; the per-worker request
// handler in the other file calls it. A helper anybody may call is reported at the worker code's call.
using System.Text;

namespace Corpus.StaticWrites.R16.AccessLogHelper;

public static class AccessLog
{
    private static readonly StringBuilder s_lines = new();

    public static void Append(string method, string path, int status) =>
        s_lines.Append(method).Append(' ').Append(path).Append(' ').Append(status).Append('\n');

    public static string Drain()
    {
        string text = s_lines.ToString();
        s_lines.Clear();
        return text;
    }
}
