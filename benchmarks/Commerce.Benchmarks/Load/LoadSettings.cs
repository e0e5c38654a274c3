namespace Commerce.Benchmarks.Load;

internal sealed record LoadSettings(Uri BaseUrl, IReadOnlyList<string> Paths, int Concurrency, TimeSpan Duration, TimeSpan Warmup,
    TimeSpan Timeout, string Label, string? JsonOut)
{
    public static LoadSettings From(CommandLine options)
    {
        var url = options.Required("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme != Uri.UriSchemeHttp)
            throw new ArgumentException($"--url must be an absolute http URL, not '{url}'.");
        var pathsFile = options.Required("paths-file");
        var paths = File.ReadAllLines(pathsFile).Select(p => p.Trim()).Where(p => p.Length > 0 && !p.StartsWith('#')).ToList();
        if (paths.Count == 0) throw new ArgumentException($"{pathsFile} holds no paths.");
        var duration = options.Duration("duration", TimeSpan.FromSeconds(30));
        if (duration <= TimeSpan.Zero) throw new ArgumentException("--duration must be more than zero.");
        return new LoadSettings(baseUrl, paths, options.Int("concurrency", 20), duration, options.Duration("warmup", TimeSpan.FromSeconds(5)),
            options.Duration("timeout", TimeSpan.FromSeconds(10)), options.Optional("label") ?? Path.GetFileNameWithoutExtension(pathsFile),
            options.Optional("json-out"));
    }
}
