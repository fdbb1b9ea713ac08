using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EdgeProxy.Tests.DocContract;

/// <summary>Talks to EdgeProxy's admin endpoint as a client would: HTTP for pages, a raw socket for bad request lines.</summary>
internal static class AdminHttp
{
    public static async Task<string> GetAsync(IPEndPoint admin, string path)
    {
        var (status, body) = await GetWithStatusAsync(admin, path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path} on {admin}: {(int)status}\n{body}");
        return body;
    }

    public static async Task<(HttpStatusCode Status, string Body)> GetWithStatusAsync(IPEndPoint admin, string path)
    {
        using var http = new HttpClient { Timeout = ProxyHarness.Timeout };
        using HttpResponseMessage response = await http.GetAsync(new Uri($"http://{admin}{path}"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends <paramref name="request"/> raw and reads until the admin closes the connection.</summary>
    public static async Task<string> RawAsync(IPEndPoint admin, string request)
    {
        using Socket socket = await ClientObservations.ConnectAsync(admin);
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        byte[] bytes = Encoding.ASCII.GetBytes(request);
        try
        {
            await socket.SendAsync(bytes, SocketFlags.None, timeout.Token);
        }
        catch (SocketException)
        {
            // the admin may answer and close before reading the whole line; its answer is still readable
        }

        var (_, received) = await ClientObservations.ReadToEndAsync(socket, ProxyHarness.Timeout, $"admin answer to a {bytes.Length}-byte request");
        return Encoding.ASCII.GetString(received);
    }
}
