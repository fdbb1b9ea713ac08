// WEFT0005: a connection's Write ([RequiresLoopThread]) called from a ContinueWith continuation.
using System.Text;
using System.Threading.Tasks;
using Weft.Net;

namespace Corpus.CurrentOffPool.R8.ConnectionWriteFromPool;

public static class ChatReply
{
    public static Task Reply(Connection connection, Task<string> answer) =>
        answer.ContinueWith(t => connection.Write(Encoding.UTF8.GetBytes(t.Result))); // expect: WEFT0005
}
