// Quiet twin of ContinueWithCreatesTimer: a plain await resumes on the worker's loop, where CreateTimer belongs.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.Round4.ContinueWithCreatesTimer;

public sealed class CertificateReloader
{
    readonly HttpClient _http = new();

    public async Task WatchAsync(Uri source)
    {
        _ = await _http.GetStringAsync(source);
        var timer = Dispatcher.Current!.CreateTimer(() => Console.WriteLine("reload"));
        timer.Enable(TimeSpan.FromMinutes(5));
    }
}
