# kimi-ui: a browser chat for Kimi K2.5 and any OpenAI-compatible server.
#   docker build -t kimi-ui .
#   docker run -p 7860:7860 -v kimi-ui-data:/data -e KIMI_UI_ADMIN_USER=admin -e KIMI_UI_ADMIN_PASSWORD='a long password' kimi-ui
# (it binds 0.0.0.0, so it starts only with a first admin from these variables, or with --public-demo)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Tesseract's English and German language data for OCR of images (kimi_ui/media/ocr.py); the tesserocr
# wheel brings libtesseract itself. Debian's versions are not pinned: they follow the base image's release.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu \
    && rm -rf /var/lib/apt/lists/*

COPY requirements.txt /app/requirements.txt
RUN pip install --no-cache-dir -r /app/requirements.txt

# A fixed, unprivileged user; /data holds the database and uploads.
RUN useradd --no-log-init --create-home --uid 10001 --user-group --shell /usr/sbin/nologin kimi \
    && mkdir -p /data \
    && chown kimi:kimi /data

COPY app.py /app/app.py
COPY kimi_ui/ /app/kimi_ui/
COPY assets/ /app/assets/

ENV KIMI_UI_DATA_DIR=/data \
    KIMI_UI_DATABASE_URL=sqlite:////data/kimi_ui.db \
    KIMI_UI_HOST=0.0.0.0 \
    KIMI_UI_PORT=7860

VOLUME ["/data"]
# Numeric, so that orchestrators can verify "runAsNonRoot" (the user is kimi).
USER 10001:10001
EXPOSE 7860
# SIGTERM drains: the app stops listening, lets running answers end (KIMI_UI_DRAIN_SECONDS), then exits.
STOPSIGNAL SIGTERM

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; port = os.environ.get('KIMI_UI_PORT', '7860'); sys.exit(0 if urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=4).status == 200 else 1)"]

CMD ["python", "app.py"]
