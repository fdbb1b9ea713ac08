// Two files: a public static access-log helper (here) appends to a static StringBuilder under a lock; the per-worker
// request handler in the other file calls it (quiet twin of AccessLogHelper).
using System.Text;
using System.Threading;

namespace Corpus.StaticWrites.R16.AccessLogHelper;

public static class AccessLog
{
    private static readonly Lock s_gate = new();
    private static readonly StringBuilder s_lines = new();

    public static void Append(string method, string path, int status)
    {
        lock (s_gate)
            s_lines.Append(method).Append(' ').Append(path).Append(' ').Append(status).Append('\n');
    }

    public static string Drain()
    {
        lock (s_gate)
        {
            string text = s_lines.ToString();
            s_lines.Clear();
            return text;
        }
    }
}
