using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R9.UserLoopMemberAfterAwait;

public sealed class Refresher(HttpClient http)
{
    public async Task<string> RefreshAsync(string url, CancellationToken cancellationToken)
    {
        string body = await http.GetStringAsync(url, cancellationToken).ConfigureAwait(false);
        return $"{Affinity.LoopName()}: {body.Length}"; // expect: WEFT0005 "LoopName"
    }
}
