// Twin: the reply is posted to the connection's own dispatcher and written there.
using System.Text;
using System.Threading.Tasks;
using Weft.Net;

namespace Corpus.CurrentOffPool.R8.ConnectionWriteFromPoolQuiet;

public static class ChatReply
{
    public static Task Reply(Connection connection, Task<string> answer) =>
        answer.ContinueWith(t =>
        {
            var bytes = Encoding.UTF8.GetBytes(t.Result);
            connection.Dispatcher.Post(() => connection.Write(bytes));
        });
}
