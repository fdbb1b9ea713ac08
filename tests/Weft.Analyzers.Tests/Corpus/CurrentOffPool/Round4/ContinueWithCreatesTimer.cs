// WEFT0005: a ContinueWith continuation (ExecuteSynchronously: it runs on whichever thread completes the load, here a
// thread-pool thread) calls Dispatcher.CreateTimer, which is [RequiresLoopThread]. The page's entry-point table lists
// ContinueWith without exception for its options, so ExecuteSynchronously does not make it stay.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.Round4.ContinueWithCreatesTimer;

public sealed class CertificateReloader
{
    readonly HttpClient _http = new();

    public Task WatchAsync(Uri source) =>
        _http.GetStringAsync(source).ContinueWith(
            loaded =>
            {
                var timer = Dispatcher.Current!.CreateTimer(() => Console.WriteLine("reload")); // expect: WEFT0005 "CreateTimer"
                timer.Enable(TimeSpan.FromMinutes(5));
            },
            TaskContinuationOptions.ExecuteSynchronously);
}
