// The quiet twin: the continuation runs on the TaskScheduler of the connection's own loop.
using System.Text;
using System.Threading.Tasks;
using Weft.Net;

namespace Corpus.ThreadContext.ContinuationWritesConnectionQuiet;

public static class Answering
{
    public static Task Reply(Connection connection, Task<string> lookup) =>
        lookup.ContinueWith(done => connection.Write(Encoding.ASCII.GetBytes(done.Result)), connection.Dispatcher.TaskScheduler);
}
