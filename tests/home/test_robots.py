"""robots.txt: crawlers may read the public site, not the admin or search results, and are told
where the sitemap is."""


def test_robots_txt_points_crawlers_to_the_sitemap_and_away_from_the_admin(client, public_site):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert not any(line.strip() == "Disallow: /" for line in lines)
    assert "public" in response["Cache-Control"]


def test_search_results_are_not_crawled_in_any_language(client, public_site):
    lines = client.get("/robots.txt").content.decode().splitlines()

    for code in ("fr", "ar", "zgh", "en"):
        assert f"Disallow: /{code}/search/" in lines


def test_every_line_is_a_robots_directive(client, public_site):
    response = client.get("/robots.txt")
    lines = [line for line in response.content.decode().splitlines() if line]

    assert response.status_code == 200
    assert lines and lines[0] == "User-agent: *"
    assert all(line.split(":")[0] in {"User-agent", "Disallow", "Sitemap"} for line in lines)


def test_the_sitemap_robots_txt_names_answers(client, public_site):
    assert client.get("/sitemap.xml").status_code == 200
