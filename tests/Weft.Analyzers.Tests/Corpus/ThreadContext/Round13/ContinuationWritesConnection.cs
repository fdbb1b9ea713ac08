// A lookup's continuation writes its answer to the connection: ContinueWith without a scheduler of the loop runs on the
// pool (the page's entry-point table lists ContinueWith), and Connection.Write is loop-only.
using System.Text;
using System.Threading.Tasks;
using Weft.Net;

namespace Corpus.ThreadContext.ContinuationWritesConnection;

public static class Answering
{
    public static Task Reply(Connection connection, Task<string> lookup) =>
        lookup.ContinueWith(done => connection.Write(Encoding.ASCII.GetBytes(done.Result)), TaskScheduler.Default); // expect: WEFT0005
}
